using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NmZaMe.Cms.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CitizenCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "nmzameCorrection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    ArrivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ItemKey = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationKey = table.Column<Guid>(type: "uuid", nullable: true),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    HandledBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    HandledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RepliedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nmzameCorrection", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_nmzameCorrection_ItemKey",
                table: "nmzameCorrection",
                column: "ItemKey");

            migrationBuilder.CreateIndex(
                name: "IX_nmzameCorrection_Key",
                table: "nmzameCorrection",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_nmzameCorrection_OrganisationKey",
                table: "nmzameCorrection",
                column: "OrganisationKey");

            migrationBuilder.CreateIndex(
                name: "IX_nmzameCorrection_Status_ArrivedAt",
                table: "nmzameCorrection",
                columns: new[] { "Status", "ArrivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "nmzameCorrection");
        }
    }
}
