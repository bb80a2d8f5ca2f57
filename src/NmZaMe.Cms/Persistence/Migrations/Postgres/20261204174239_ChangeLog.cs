using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NmZaMe.Cms.Persistence.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sequence = table.Column<long>(type: "bigint", nullable: true),
                    UtcStamp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Originated = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    JsonInstruction = table.Column<string>(type: "text", nullable: false)
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

            // Rows are numbered in commit order, not insert order: a deferred trigger runs as the transaction commits,
            // takes a transaction-level advisory lock (so committing writers number one at a time, each holding the
            // lock until its commit is visible), takes the next number and notifies the listening nodes. A reader that
            // sees number N therefore already sees every smaller number that will ever exist.
            migrationBuilder.Sql("""
                CREATE SEQUENCE "umbracoCacheInstruction_commit_order";

                CREATE FUNCTION nmzame_change_log_commit() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_advisory_xact_lock(1852665197, 1);
                    UPDATE "umbracoCacheInstruction" SET "Sequence" = nextval('"umbracoCacheInstruction_commit_order"') WHERE "Id" = NEW."Id";
                    PERFORM pg_notify('nmzame_changes', '');
                    RETURN NULL;
                END
                $$;

                CREATE CONSTRAINT TRIGGER "umbracoCacheInstruction_sequence" AFTER INSERT ON "umbracoCacheInstruction"
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION nmzame_change_log_commit();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "umbracoCacheInstruction_sequence" ON "umbracoCacheInstruction";
                DROP FUNCTION nmzame_change_log_commit();
                DROP SEQUENCE "umbracoCacheInstruction_commit_order";
                """);

            migrationBuilder.DropTable(
                name: "umbracoCacheInstruction");
        }
    }
}
