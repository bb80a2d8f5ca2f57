using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NmZaMe.Cms.Persistence.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Owner = table.Column<Guid>(type: "uuid", nullable: false),
                    Address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Payload = table.Column<byte[]>(type: "bytea", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
