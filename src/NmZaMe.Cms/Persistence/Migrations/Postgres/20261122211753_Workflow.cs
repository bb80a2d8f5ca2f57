using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NmZaMe.Cms.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Workflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovalRequestedAt",
                table: "cmsNode",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovalRequestedBy",
                table: "cmsNode",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "umbracoAudit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NodeKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Action = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Culture = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_umbracoAudit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "umbracoContentSchedule",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NodeId = table.Column<int>(type: "integer", nullable: false),
                    Culture = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Date = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_umbracoContentSchedule", x => x.Id);
                    table.ForeignKey(
                        name: "FK_umbracoContentSchedule_cmsNode_NodeId",
                        column: x => x.NodeId,
                        principalTable: "cmsNode",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "umbracoRedirectUrl",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RootKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Culture = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Path = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    NodeKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Created = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_umbracoRedirectUrl", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_umbracoAudit_Date",
                table: "umbracoAudit",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_umbracoAudit_NodeKey_Date",
                table: "umbracoAudit",
                columns: new[] { "NodeKey", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_umbracoContentSchedule_Date",
                table: "umbracoContentSchedule",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_umbracoContentSchedule_NodeId_Culture_Action",
                table: "umbracoContentSchedule",
                columns: new[] { "NodeId", "Culture", "Action" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_umbracoRedirectUrl_NodeKey",
                table: "umbracoRedirectUrl",
                column: "NodeKey");

            migrationBuilder.CreateIndex(
                name: "IX_umbracoRedirectUrl_RootKey_Culture_Path",
                table: "umbracoRedirectUrl",
                columns: new[] { "RootKey", "Culture", "Path" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "umbracoAudit");

            migrationBuilder.DropTable(
                name: "umbracoContentSchedule");

            migrationBuilder.DropTable(
                name: "umbracoRedirectUrl");

            migrationBuilder.DropColumn(
                name: "ApprovalRequestedAt",
                table: "cmsNode");

            migrationBuilder.DropColumn(
                name: "ApprovalRequestedBy",
                table: "cmsNode");
        }
    }
}
