using Microsoft.AspNetCore.Mvc;

namespace NmZaMe.Web.Hosting;

/// <summary>
/// The simplest server-rendered page the app can serve, for measuring the site's pages against (NmZaMe:Benchmarks:Enabled
/// only): the same MVC and Razor pipeline, middleware and logging, but no content lookup and no layout.
/// </summary>
public sealed class BenchmarkController(IConfiguration configuration) : Controller
{
    [HttpGet("/benchmark/razor")]
    public IActionResult Trivial() =>
        configuration.GetValue<bool>(BenchmarkEndpoints.EnabledKey) ? View("~/Hosting/Trivial.cshtml", "Pozdravljeni") : NotFound();
}
