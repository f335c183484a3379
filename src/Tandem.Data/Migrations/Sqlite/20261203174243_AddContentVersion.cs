using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentVersion", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "ContentVersion",
                columns: new[] { "Id", "Value" },
                values: new object[] { 1, 0L });

            // One trigger per kind of change, each row by row: SQLite has no statement-level triggers. Posts
            // deleted by the cascade from Users fire the delete trigger too, as SQLite runs foreign key actions
            // as ordinary deletes.
            foreach (var (trigger, change) in Triggers)
            {
                migrationBuilder.Sql($$"""
                    CREATE TRIGGER "{{trigger}}" AFTER {{change}} ON "Posts" FOR EACH ROW
                    BEGIN
                        UPDATE "ContentVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1;
                    END;
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (trigger, _) in Triggers)
            {
                migrationBuilder.Sql($"""DROP TRIGGER "{trigger}";""");
            }

            migrationBuilder.DropTable(
                name: "ContentVersion");
        }
    }
}
