namespace Vc2.Demo;

/// <summary>Common Danish first and last names, combined at random: every demo person is invented.</summary>
internal static class DemoNames
{
    public static readonly string[] FemaleFirst =
    [
        "Anne", "Kirsten", "Mette", "Hanne", "Anna", "Helle", "Susanne", "Lene", "Maria", "Marianne", "Lone", "Camilla",
        "Pia", "Louise", "Charlotte", "Inge", "Tina", "Bente", "Gitte", "Karen", "Sofie", "Ida", "Emma", "Julie",
        "Line", "Malene", "Rikke", "Dorthe", "Trine", "Signe",
    ];

    public static readonly string[] MaleFirst =
    [
        "Peter", "Jens", "Michael", "Lars", "Henrik", "Thomas", "Søren", "Jan", "Christian", "Martin", "Niels", "Anders",
        "Morten", "Jesper", "Mads", "Rasmus", "Jørgen", "Hans", "Per", "Ole", "Kim", "Mikkel", "Frederik", "Jonas",
        "Kasper", "Brian", "Dennis", "Allan", "Bo", "Torben",
    ];

    public static readonly string[] Last =
    [
        "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen",
        "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Olesen", "Frederiksen", "Laursen", "Henriksen",
        "Lund", "Schmidt", "Eriksen", "Holm", "Kristiansen", "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen",
        "Jeppesen", "Mogensen", "Vestergaard",
    ];

    public static readonly string[] Streets =
    [
        "Vestergade", "Østergade", "Nørregade", "Søndergade", "Skolevej", "Kirkevej", "Møllevej", "Engvej", "Bakkevej",
        "Birkevej", "Skovvej", "Lindevej", "Parkvej", "Stationsvej", "Strandvejen", "Havnegade", "Tværgade", "Ahornvej",
    ];

    public static readonly (string Name, string Industry)[] Companies =
    [
        ("Bageriet Kornblomsten ApS", "Bagerier"), ("Grøn Have Anlæg ApS", "Anlægsgartnere"),
        ("Nordlys Rengøring A/S", "Rengøring"), ("Jydsk Lager & Logistik A/S", "Lager og logistik"),
        ("Byens Autoværksted ApS", "Autoreparation"), ("Plejecenter Solhaven", "Ældrepleje"),
        ("Kantinen i Parken ApS", "Kantiner"), ("Møbelsnedkeriet Egetræ ApS", "Møbelsnedkerier"),
        ("Super Brugsen Midtby", "Dagligvarehandel"), ("Genbrugsbutikken Ny Start", "Genbrug"),
        ("Malerfirmaet Farveglad ApS", "Malere"), ("Tømrer & Snedker Holm ApS", "Tømrere"),
        ("Cykelhandleren på Hjørnet", "Cykelhandel"), ("Hotel Fjordudsigt A/S", "Hoteller"),
        ("Vaskeriet Rent & Pænt ApS", "Vaskerier"), ("Dyrehandlen Pote", "Detailhandel"),
        ("Metalvarefabrikken Stål A/S", "Metalindustri"), ("Kommunal Vej og Park", "Offentlig drift"),
        ("Café Bønnen", "Caféer"), ("Blomsterbutikken Tusindfryd", "Blomsterhandel"),
        ("IT-Support Nord ApS", "IT-service"), ("Trykkeriet Sort på Hvidt ApS", "Trykkerier"),
        ("Bilpleje Blank ApS", "Bilpleje"), ("Landbrugscentret Ager I/S", "Landbrug"),
        ("Emballagefabrikken Pak A/S", "Emballage"), ("Børnehuset Mælkebøtten", "Daginstitutioner"),
        ("Byggemarkedet Værktøj A/S", "Byggemarkeder"), ("Slagter Kjær", "Slagtere"),
        ("Flyttefirmaet Let Læs ApS", "Flytning"), ("Elektrikeren Strøm ApS", "El-installatører"),
        ("Frisør Klip & Krøl", "Frisører"), ("Køkkenfabrikken Fyn A/S", "Køkkener"),
        ("Pizzeria Napoli", "Restauranter"), ("Dagcenter Lyngbakken", "Ældrepleje"),
        ("Smedjen ved Åen ApS", "Smede"), ("Affaldssortering Vest I/S", "Affaldshåndtering"),
        ("Boghandlen Ordet", "Boghandel"), ("Idrætscentret Hallen", "Idrætsanlæg"),
        ("Vinduespudseren Klar Sigt", "Vinduespudsning"), ("Fiskehandlen Havet", "Fiskehandel"),
    ];
}
