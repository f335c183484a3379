using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddContentVersion : Migration
    {
        // Written out rather than taken from PostTriggers, so that this migration stays as it was applied.
        private static readonly (string Trigger, string Change)[] Triggers =
        [
            ("Posts_content_version_after_insert", "INSERT"),
            ("Posts_content_version_after_update", "UPDATE"),
            ("Posts_content_version_after_delete", "DELETE"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContentVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentVersion", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "ContentVersion",
                columns: new[] { "Id", "Value" },
                values: new object[] { 1, 0L });

            // Statement-level triggers: a bulk insert of thousands of rows raises the version once, not once per
            // row. Posts deleted by the cascade from Users are deleted by a statement of their own, which fires
            // the delete trigger. The UPDATE holds the row's lock until the writing transaction ends, so writes
            // to Posts take turns; they are rare next to reads.
            migrationBuilder.Sql("""
                CREATE FUNCTION "raise_content_version"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "ContentVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1;
                    RETURN NULL;
                END
                $$;
                """);

            foreach (var (trigger, change) in Triggers)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{trigger}" AFTER {change} ON "Posts"
                    FOR EACH STATEMENT EXECUTE FUNCTION "raise_content_version"();
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (trigger, _) in Triggers)
            {
                migrationBuilder.Sql($"""DROP TRIGGER "{trigger}" ON "Posts";""");
            }

            migrationBuilder.Sql("""DROP FUNCTION "raise_content_version"();""");

            migrationBuilder.DropTable(
                name: "ContentVersion");
        }
    }
}
