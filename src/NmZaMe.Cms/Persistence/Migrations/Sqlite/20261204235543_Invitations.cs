using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NmZaMe.Cms.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Invitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "RequireTwoFactor",
                table: "umbracoUser",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "StartMediaKey",
                table: "umbracoUser",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "nmzameInvitation",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    StartContentKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartMediaKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    InvitedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcceptedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MailKey = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nmzameInvitation", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_nmzameInvitation_Email",
                table: "nmzameInvitation",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_nmzameInvitation_Key",
                table: "nmzameInvitation",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_nmzameInvitation_TokenHash",
                table: "nmzameInvitation",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "nmzameInvitation");

            migrationBuilder.DropColumn(
                name: "RequireTwoFactor",
                table: "umbracoUser");

            migrationBuilder.DropColumn(
                name: "StartMediaKey",
                table: "umbracoUser");
        }
    }
}
