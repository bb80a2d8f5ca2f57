using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NmZaMe.Cms.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "nmzameReviewReminder",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NodeKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nmzameReviewReminder", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_nmzameReviewReminder_NodeKey_Stage_DueAt",
                table: "nmzameReviewReminder",
                columns: new[] { "NodeKey", "Stage", "DueAt" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "nmzameReviewReminder");
        }
    }
}
