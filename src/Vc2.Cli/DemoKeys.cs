namespace Vc2.Cli;

/// <summary>The demo CPR keys of src/Vc2.Web/appsettings.Development.json, so that the CLI and the demo web app read
/// the same demo database. Real data needs real keys in Cpr__LookupKey and Cpr__EncryptionKey.</summary>
internal static class DemoKeys
{
    public const string LookupKey = "ZGVtby1sb29rdXAta2V5LW9ubHktZm9yLWRlbW8hISE=";
    public const string EncryptionKey = "ZGVtby1lbmNyeXB0LWtleS1vbmx5LWZvci1kZW1vISE=";
}
