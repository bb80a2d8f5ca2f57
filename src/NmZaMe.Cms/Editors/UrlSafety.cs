namespace NmZaMe.Cms.Editors;

public static class UrlSafety
{
    /// <summary>True for http(s), mailto and tel links, site-relative paths, fragments and Umbraco local links; never script or data URLs.</summary>
    public static bool IsSafeLink(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        // Browsers ignore control characters and whitespace inside schemes ("java\tscript:"), so judge the squeezed form.
        var squeezed = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        if (squeezed.StartsWith("{localLink:", StringComparison.OrdinalIgnoreCase) || squeezed.StartsWith('#'))
        {
            return true;
        }

        if (squeezed.StartsWith('/'))
        {
            return !squeezed.StartsWith("//", StringComparison.Ordinal) && !squeezed.StartsWith("/\\", StringComparison.Ordinal);
        }

        if (!Uri.TryCreate(squeezed, UriKind.Absolute, out var uri))
        {
            // Relative paths without a scheme ("novice/") are safe only when no colon comes before the first slash.
            var colon = squeezed.IndexOf(':');
            var slash = squeezed.IndexOf('/');
            return colon < 0 || (slash >= 0 && slash < colon);
        }

        return uri.Scheme is "http" or "https" or "mailto" or "tel";
    }
}
