using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NmZaMe.Cms.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KeptForms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "nmzameKeptForm",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Owner = table.Column<Guid>(type: "TEXT", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Payload = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nmzameKeptForm", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_nmzameKeptForm_ExpiresAt",
                table: "nmzameKeptForm",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_nmzameKeptForm_Owner_Address",
                table: "nmzameKeptForm",
                columns: new[] { "Owner", "Address" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "nmzameKeptForm");
        }
    }
}
