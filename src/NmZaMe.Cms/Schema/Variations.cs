namespace NmZaMe.Cms.Schema;

public enum Variations
{
    Nothing,
    Culture,
    Segment,
    CultureAndSegment,
}

public static class VariationsExtensions
{
    public static bool VariesByCulture(this Variations v) => v is Variations.Culture or Variations.CultureAndSegment;
}
