using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NmZaMe.Cms.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchInsights : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "nmzSearchQuery",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Token = table.Column<Guid>(type: "TEXT", nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Hour = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Results = table.Column<int>(type: "INTEGER", nullable: false),
                    LifeChallenge = table.Column<Guid>(type: "TEXT", nullable: true),
                    Opened = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nmzSearchQuery", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_nmzSearchQuery_Hour",
                table: "nmzSearchQuery",
                column: "Hour");

            migrationBuilder.CreateIndex(
                name: "IX_nmzSearchQuery_Token",
                table: "nmzSearchQuery",
                column: "Token",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "nmzSearchQuery");
        }
    }
}
