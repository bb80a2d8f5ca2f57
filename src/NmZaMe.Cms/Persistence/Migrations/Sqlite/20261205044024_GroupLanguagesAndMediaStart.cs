using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NmZaMe.Cms.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GroupLanguagesAndMediaStart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Languages",
                table: "umbracoUserGroup",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "StartMediaKey",
                table: "umbracoUserGroup",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Languages",
                table: "umbracoUserGroup");

            migrationBuilder.DropColumn(
                name: "StartMediaKey",
                table: "umbracoUserGroup");
        }
    }
}
