using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NmZaMe.Cms.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Webhooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "umbracoWebhook",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Events = table.Column<string>(type: "TEXT", nullable: false),
                    ContentTypeKeys = table.Column<string>(type: "TEXT", nullable: false),
                    Headers = table.Column<string>(type: "TEXT", nullable: false),
                    PayloadType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    SigningSecret = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreateDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdateDate = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_umbracoWebhook", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "umbracoWebhookLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    WebhookKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    EventAlias = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RetryCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RequestHeaders = table.Column<string>(type: "TEXT", nullable: false),
                    RequestBody = table.Column<string>(type: "TEXT", nullable: true),
                    ResponseHeaders = table.Column<string>(type: "TEXT", nullable: false),
                    ResponseBody = table.Column<string>(type: "TEXT", nullable: false),
                    StatusCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsSuccessStatusCode = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExceptionOccured = table.Column<bool>(type: "INTEGER", nullable: false),
                    DurationMilliseconds = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_umbracoWebhookLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "umbracoWebhookRequest",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WebhookKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventAlias = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    PayloadType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RequestObject = table.Column<string>(type: "TEXT", nullable: true),
                    PayloadPending = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetryCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreateDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_umbracoWebhookRequest", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_umbracoWebhook_Key",
                table: "umbracoWebhook",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_umbracoWebhookLog_Date",
                table: "umbracoWebhookLog",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_umbracoWebhookLog_Key",
                table: "umbracoWebhookLog",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_umbracoWebhookLog_WebhookKey_Date",
                table: "umbracoWebhookLog",
                columns: new[] { "WebhookKey", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_umbracoWebhookRequest_DueDate",
                table: "umbracoWebhookRequest",
                column: "DueDate");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "umbracoWebhook");

            migrationBuilder.DropTable(
                name: "umbracoWebhookLog");

            migrationBuilder.DropTable(
                name: "umbracoWebhookRequest");
        }
    }
}
