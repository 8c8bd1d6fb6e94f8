namespace Vc2.Demo;

/// <summary>The 98 Danish municipalities (number, name, a postal code of the town hall), each with its job centre: the
/// national demo takes its job centres from here, the three original demo centres first. A national demo larger than 98
/// gets up to 25 extra job centres (districts of the five largest municipalities) with invented numbers from 901, which no
/// real municipality has.</summary>
internal static class DemoMunicipalities
{
    public static readonly (string Number, string Name, string PostalCode)[] All =
    [
        ("751", "Aarhus", "8000"), ("461", "Odense", "5000"), ("851", "Aalborg", "9000"),
        ("101", "København", "1599"), ("147", "Frederiksberg", "2000"), ("151", "Ballerup", "2750"), ("153", "Brøndby", "2605"),
        ("155", "Dragør", "2791"), ("157", "Gentofte", "2820"), ("159", "Gladsaxe", "2860"), ("161", "Glostrup", "2600"),
        ("163", "Herlev", "2730"), ("165", "Albertslund", "2620"), ("167", "Hvidovre", "2650"), ("169", "Høje-Taastrup", "2630"),
        ("173", "Lyngby-Taarbæk", "2800"), ("175", "Rødovre", "2610"), ("183", "Ishøj", "2635"), ("185", "Tårnby", "2770"),
        ("187", "Vallensbæk", "2625"), ("190", "Furesø", "3520"), ("201", "Allerød", "3450"), ("210", "Fredensborg", "3480"),
        ("217", "Helsingør", "3000"), ("219", "Hillerød", "3400"), ("223", "Hørsholm", "2970"), ("230", "Rudersdal", "2840"),
        ("240", "Egedal", "3660"), ("250", "Frederikssund", "3600"), ("253", "Greve", "2670"), ("259", "Køge", "4600"),
        ("260", "Halsnæs", "3390"), ("265", "Roskilde", "4000"), ("269", "Solrød", "2680"), ("270", "Gribskov", "3230"),
        ("306", "Odsherred", "4550"), ("316", "Holbæk", "4300"), ("320", "Faxe", "4690"), ("326", "Kalundborg", "4400"),
        ("329", "Ringsted", "4100"), ("330", "Slagelse", "4200"), ("336", "Stevns", "4660"), ("340", "Sorø", "4180"),
        ("350", "Lejre", "4320"), ("360", "Lolland", "4930"), ("370", "Næstved", "4700"), ("376", "Guldborgsund", "4800"),
        ("390", "Vordingborg", "4760"), ("400", "Bornholm", "3700"), ("410", "Middelfart", "5500"), ("420", "Assens", "5610"),
        ("430", "Faaborg-Midtfyn", "5750"), ("440", "Kerteminde", "5300"), ("450", "Nyborg", "5800"), ("479", "Svendborg", "5700"),
        ("480", "Nordfyns", "5400"), ("482", "Langeland", "5900"), ("492", "Ærø", "5970"), ("510", "Haderslev", "6100"),
        ("530", "Billund", "7190"), ("540", "Sønderborg", "6400"), ("550", "Tønder", "6270"), ("561", "Esbjerg", "6700"),
        ("563", "Fanø", "6720"), ("573", "Varde", "6800"), ("575", "Vejen", "6600"), ("580", "Aabenraa", "6200"),
        ("607", "Fredericia", "7000"), ("615", "Horsens", "8700"), ("621", "Kolding", "6000"), ("630", "Vejle", "7100"),
        ("657", "Herning", "7400"), ("661", "Holstebro", "7500"), ("665", "Lemvig", "7620"), ("671", "Struer", "7600"),
        ("706", "Syddjurs", "8400"), ("707", "Norddjurs", "8500"), ("710", "Favrskov", "8370"), ("727", "Odder", "8300"),
        ("730", "Randers", "8900"), ("740", "Silkeborg", "8600"), ("741", "Samsø", "8305"), ("746", "Skanderborg", "8660"),
        ("756", "Ikast-Brande", "7430"), ("760", "Ringkøbing-Skjern", "6950"), ("766", "Hedensted", "8722"), ("773", "Morsø", "7900"),
        ("779", "Skive", "7800"), ("787", "Thisted", "7700"), ("791", "Viborg", "8800"), ("810", "Brønderslev", "9700"),
        ("813", "Frederikshavn", "9900"), ("820", "Vesthimmerlands", "9600"), ("825", "Læsø", "9940"), ("840", "Rebild", "9520"),
        ("846", "Mariagerfjord", "9500"), ("849", "Jammerbugt", "9490"), ("860", "Hjørring", "9800"),
    ];

    private static readonly string[] Districts = ["Nord", "Syd", "Øst", "Vest", "Centrum"];

    /// <summary>The i'th job centre of a national demo (0-based): the municipalities first, then extra centres.</summary>
    public static (string Name, string Number, string City, string PostalCode) Centre(int index)
    {
        if (index < All.Length)
        {
            var (number, name, postalCode) = All[index];
            return ($"Jobcenter {name}", number, name, postalCode);
        }

        var extra = index - All.Length;
        var (_, city, code) = All[extra % 5];
        return ($"Jobcenter {city} {Districts[extra / 5]}", (901 + extra).ToString(System.Globalization.CultureInfo.InvariantCulture), city, code);
    }

    public static int MaxCentres => All.Length + (5 * Districts.Length);
}
