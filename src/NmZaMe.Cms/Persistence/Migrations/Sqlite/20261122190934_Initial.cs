using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NmZaMe.Cms.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cmsKeyValue",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false),
                    UpdateDate = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmsKeyValue", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "cmsNode",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentTypeAlias = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Trashed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TrashedParentKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreateDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdateDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DraftData = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedData = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmsNode", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cmsNode_cmsNode_ParentId",
                        column: x => x.ParentId,
                        principalTable: "cmsNode",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cmsSchemaItem",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemType = table.Column<int>(type: "INTEGER", nullable: false),
                    Alias = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpdateDate = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmsSchemaItem", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "cmsContentVersion",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NodeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Data = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedCultures = table.Column<string>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmsContentVersion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cmsContentVersion_cmsNode_NodeId",
                        column: x => x.NodeId,
                        principalTable: "cmsNode",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cmsContentVersion_NodeId_Created",
                table: "cmsContentVersion",
                columns: new[] { "NodeId", "Created" });

            migrationBuilder.CreateIndex(
                name: "IX_cmsNode_Key",
                table: "cmsNode",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cmsNode_Kind",
                table: "cmsNode",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_cmsNode_ParentId_SortOrder",
                table: "cmsNode",
                columns: new[] { "ParentId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_cmsSchemaItem_ItemType_Alias",
                table: "cmsSchemaItem",
                columns: new[] { "ItemType", "Alias" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cmsContentVersion");

            migrationBuilder.DropTable(
                name: "cmsKeyValue");

            migrationBuilder.DropTable(
                name: "cmsSchemaItem");

            migrationBuilder.DropTable(
                name: "cmsNode");
        }
    }
}
