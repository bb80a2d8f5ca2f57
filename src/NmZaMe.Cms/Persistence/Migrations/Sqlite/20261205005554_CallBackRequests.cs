using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NmZaMe.Cms.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CallBackRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "nmzameCallBack",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArrivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StatusChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LifeChallenge = table.Column<Guid>(type: "TEXT", nullable: true),
                    Service = table.Column<Guid>(type: "TEXT", nullable: true),
                    Sealed = table.Column<byte[]>(type: "BLOB", nullable: false),
                    WarnedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nmzameCallBack", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "nmzameCallBackAccess",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequestKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nmzameCallBackAccess", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "nmzameCallBackTally",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Month = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LifeChallenge = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nmzameCallBackTally", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_nmzameCallBack_ArrivedAt",
                table: "nmzameCallBack",
                column: "ArrivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_nmzameCallBack_Key",
                table: "nmzameCallBack",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_nmzameCallBack_Status_StatusChangedAt",
                table: "nmzameCallBack",
                columns: new[] { "Status", "StatusChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_nmzameCallBackAccess_At",
                table: "nmzameCallBackAccess",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_nmzameCallBackAccess_RequestKey",
                table: "nmzameCallBackAccess",
                column: "RequestKey");

            migrationBuilder.CreateIndex(
                name: "IX_nmzameCallBackTally_Month",
                table: "nmzameCallBackTally",
                column: "Month");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "nmzameCallBack");

            migrationBuilder.DropTable(
                name: "nmzameCallBackAccess");

            migrationBuilder.DropTable(
                name: "nmzameCallBackTally");
        }
    }
}
