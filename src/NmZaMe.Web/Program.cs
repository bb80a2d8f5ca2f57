using NmZaMe.Cms;
using NmZaMe.Web.Api.Delivery;
using NmZaMe.Web.Api.Hsds;
using NmZaMe.Web.BackOffice;
using NmZaMe.Web.Hosting;
using NmZaMe.Web.Mail;
using NmZaMe.Web.Site;

var builder = WebApplication.CreateBuilder(args);
builder.AddCmsLogging();
builder.AddCms();
builder.AddDeliveryApi();
builder.AddHsds();
NmZaMe.Web.Insights.InsightsSetup.AddSearchInsights(builder.Services);
builder.Services.AddPublicSite();
builder.AddBackOffice();
builder.Services.AddMailTexts();
builder.AddHosting();

var app = builder.Build();
if (!await app.InitialiseAsync())
{
    return 1;
}

app.UseHosting();
app.UseBackOfficeStatusPages();
app.UsePublicSite();
app.UseBackOffice();

app.MapHealth();
app.MapDeliveryApi();
app.MapHsds();
app.MapBenchmarkEndpoints();
app.MapPublicSite();

await app.RunAsync();
return 0;

public partial class Program;
