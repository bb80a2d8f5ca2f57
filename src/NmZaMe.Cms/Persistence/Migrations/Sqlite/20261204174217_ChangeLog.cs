using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NmZaMe.Cms.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChangeLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "umbracoCacheInstruction",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: true),
                    UtcStamp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Originated = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    JsonInstruction = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_umbracoCacheInstruction", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_umbracoCacheInstruction_Sequence",
                table: "umbracoCacheInstruction",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_umbracoCacheInstruction_UtcStamp",
                table: "umbracoCacheInstruction",
                column: "UtcStamp");

            // One writer at a time on SQLite, so the row id is already the commit order.
            migrationBuilder.Sql("""
                CREATE TRIGGER "umbracoCacheInstruction_sequence" AFTER INSERT ON "umbracoCacheInstruction"
                BEGIN
                    UPDATE "umbracoCacheInstruction" SET "Sequence" = NEW."Id" WHERE "Id" = NEW."Id";
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "umbracoCacheInstruction_sequence";""");

            migrationBuilder.DropTable(
                name: "umbracoCacheInstruction");
        }
    }
}
