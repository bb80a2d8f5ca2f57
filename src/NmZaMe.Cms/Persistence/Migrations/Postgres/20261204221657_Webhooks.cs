using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NmZaMe.Cms.Persistence.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Events = table.Column<string>(type: "text", nullable: false),
                    ContentTypeKeys = table.Column<string>(type: "text", nullable: false),
                    Headers = table.Column<string>(type: "text", nullable: false),
                    PayloadType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    SigningSecret = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreateDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdateDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_umbracoWebhook", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "umbracoWebhookLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    WebhookKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    EventAlias = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RetryCount = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RequestHeaders = table.Column<string>(type: "text", nullable: false),
                    RequestBody = table.Column<string>(type: "text", nullable: true),
                    ResponseHeaders = table.Column<string>(type: "text", nullable: false),
                    ResponseBody = table.Column<string>(type: "text", nullable: false),
                    StatusCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IsSuccessStatusCode = table.Column<bool>(type: "boolean", nullable: false),
                    ExceptionOccured = table.Column<bool>(type: "boolean", nullable: false),
                    DurationMilliseconds = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_umbracoWebhookLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "umbracoWebhookRequest",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WebhookKey = table.Column<Guid>(type: "uuid", nullable: false),
                    EventAlias = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EntityKey = table.Column<Guid>(type: "uuid", nullable: true),
                    PayloadType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RequestObject = table.Column<string>(type: "text", nullable: true),
                    PayloadPending = table.Column<bool>(type: "boolean", nullable: false),
                    RetryCount = table.Column<int>(type: "integer", nullable: false),
                    CreateDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DueDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
