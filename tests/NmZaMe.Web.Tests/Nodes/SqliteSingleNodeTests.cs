using Microsoft.Extensions.Logging;

namespace NmZaMe.Web.Tests.Nodes;

public sealed class SqliteSingleNodeTests
{
    [Fact]
    public async Task A_second_node_on_the_same_SQLite_file_refuses_to_start_and_names_PostgreSQL()
    {
        using var data = new TempDirectory();
        using (var first = new CmsApplication(dataDirectory: data.Path))
        {
            await first.StartAsync();

            using var second = new CmsApplication(dataDirectory: data.Path);
            await Assert.ThrowsAsync<InvalidOperationException>(second.StartAsync);

            var refusal = Assert.Single(second.Logs, l => l.Level == LogLevel.Critical).Message;
            Assert.Contains("Another NmZaMe node is already running on the SQLite database", refusal, StringComparison.Ordinal);
            Assert.Contains("NmZaMe__Database__Provider=Postgres", refusal, StringComparison.Ordinal);

            // The first node is unharmed.
            var client = first.CreateClient();
            Assert.True((await client.GetAsync("/health/ready")).IsSuccessStatusCode);
        }

        // Once the first node has stopped, the file is free again.
        using var after = new CmsApplication(dataDirectory: data.Path);
        await after.StartAsync();
    }
}
