using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NmZaMe.Cms.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CallBackRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "nmzameCallBack",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    ArrivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StatusChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    LifeChallenge = table.Column<Guid>(type: "uuid", nullable: true),
                    Service = table.Column<Guid>(type: "uuid", nullable: true),
                    Sealed = table.Column<byte[]>(type: "bytea", nullable: false),
                    WarnedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nmzameCallBack", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "nmzameCallBackAccess",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RequestKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nmzameCallBackAccess", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "nmzameCallBackTally",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Month = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LifeChallenge = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nmzameCallBackTally", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_nmzameCallBack_ArrivedAt",
                table: "nmzameCallBack",
                column: "ArrivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_nmzameCallBack_Key",
                table: "nmzameCallBack",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_nmzameCallBack_Status_StatusChangedAt",
                table: "nmzameCallBack",
                columns: new[] { "Status", "StatusChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_nmzameCallBackAccess_At",
                table: "nmzameCallBackAccess",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_nmzameCallBackAccess_RequestKey",
                table: "nmzameCallBackAccess",
                column: "RequestKey");

            migrationBuilder.CreateIndex(
                name: "IX_nmzameCallBackTally_Month",
                table: "nmzameCallBackTally",
                column: "Month");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "nmzameCallBack");

            migrationBuilder.DropTable(
                name: "nmzameCallBackAccess");

            migrationBuilder.DropTable(
                name: "nmzameCallBackTally");
        }
    }
}
