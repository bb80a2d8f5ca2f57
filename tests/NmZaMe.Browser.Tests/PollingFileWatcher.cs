using System.Runtime.CompilerServices;

namespace NmZaMe.Browser.Tests;

/// <summary>
/// Every host a test starts watches files (its configuration, the web root behind asp-append-version), and on Linux each
/// watcher is an inotify instance. A user may hold 128, and the suite starts over a thousand hosts; the last CI run ran
/// out of them near its end and pages answered 500. Polling holds none, and no test relies on noticing a changed file.
/// </summary>
internal static class PollingFileWatcher
{
#pragma warning disable CA2255 // A test assembly is not a library: the setting must be in place before the first host starts.
    [ModuleInitializer]
    internal static void UsePolling() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
#pragma warning restore CA2255
}
