using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Tests.TestSupport;

/// <summary>A root, a life challenge folder with two life challenges (one only in Slovenian) and an image: targets for pickers.</summary>
internal sealed class PickerCatalogue
{
    public PickerCatalogue()
    {
        var builder = new SnapshotBuilder();
        Root = builder.Document("catalogueRoot", null, "Lokalna blaginja", "Local welfare",
            values: d => d.SetValue("siteName", "sl-SI", "Lokalna blaginja Novo mesto"));
        Folder = builder.Document("lifeChallengeFolder", Root, "Življenjske situacije", "Life challenges");
        Violence = builder.Document("lifeChallenge", Folder, "Nasilje", "Violence", sortOrder: 0, values: d =>
        {
            d.SetValue("summary", "sl-SI", "Pomoč ob nasilju.");
            d.SetValue("summary", "en-US", "Help with violence.");
            d.SetValue("icon", string.Empty, "shield");
        });
        OldAge = builder.Document("lifeChallenge", Folder, "Starost", null, sortOrder: 1);
        Image = builder.Image("Logo Žarek", "/media/lyulnwzr/logo.png");
        Snapshot = builder.Build();
    }

    public Guid Root { get; }

    public Guid Folder { get; }

    public Guid Violence { get; }

    /// <summary>Published in sl-SI only.</summary>
    public Guid OldAge { get; }

    public Guid Image { get; }

    public PublishedSnapshot Snapshot { get; }
}
