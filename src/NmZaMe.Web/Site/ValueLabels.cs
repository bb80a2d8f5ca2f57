namespace NmZaMe.Web.Site;

/// <summary>
/// Words for the stored values of the catalogue's lists (cost, status, target groups, days, kinds of hours,
/// languages, kinds of organisation). The stored values are Slovenian, so Slovenian needs no table.
/// </summary>
public static class ValueLabels
{
    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["brezplačno"] = "free of charge",
        ["delno plačljivo"] = "partly paid",
        ["plačljivo"] = "paid",
        ["aktivna"] = "active",
        ["začasno zaprta"] = "temporarily closed",
        ["neaktivna"] = "no longer offered",
        ["otroci"] = "children",
        ["mladostniki"] = "young people",
        ["družine"] = "families",
        ["odrasli"] = "adults",
        ["starejši"] = "older people",
        ["invalidi"] = "people with disabilities",
        ["žrtve nasilja"] = "victims of violence",
        ["brezdomci"] = "homeless people",
        ["tujci"] = "foreigners",
        ["Romi"] = "Roma",
        ["kronično bolni"] = "chronically ill",
        ["svojci"] = "relatives and carers",
        ["ponedeljek"] = "Monday",
        ["torek"] = "Tuesday",
        ["sreda"] = "Wednesday",
        ["četrtek"] = "Thursday",
        ["petek"] = "Friday",
        ["sobota"] = "Saturday",
        ["nedelja"] = "Sunday",
        ["uradne ure"] = "office hours",
        ["poslovni čas"] = "business hours",
        ["po dogovoru"] = "by appointment",
        ["slovenščina"] = "Slovenian",
        ["angleščina"] = "English",
        ["hrvaščina"] = "Croatian",
        ["srbščina"] = "Serbian",
        ["bosanščina"] = "Bosnian",
        ["albanščina"] = "Albanian",
        ["makedonščina"] = "Macedonian",
        ["romščina"] = "Romani",
        ["ukrajinščina"] = "Ukrainian",
        ["ruščina"] = "Russian",
        ["nemščina"] = "German",
        ["slovenski znakovni jezik"] = "Slovenian Sign Language",
        ["javni zavod"] = "public institution",
        ["občina"] = "municipality",
        ["državni organ"] = "state authority",
        ["nevladna organizacija"] = "non-governmental organisation",
        ["verska organizacija"] = "religious organisation",
        ["zasebni izvajalec"] = "private provider",
    };
}
