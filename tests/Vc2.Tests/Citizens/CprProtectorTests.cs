using Vc2.Platform.Security;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Citizens;

public sealed class CprProtectorTests
{
    private readonly CprProtector _protector = new(new CprKeyOptions { LookupKey = TestApp.LookupKey, EncryptionKey = TestApp.EncryptionKey });

    [Fact]
    public void Stored_forms_hold_no_plain_number_and_decrypt_back()
    {
        var cpr = Cpr.Parse("0102701232");
        var hash = _protector.Hash(cpr);
        var cipher = _protector.Encrypt(cpr);
        Assert.DoesNotContain("0102701232", hash, StringComparison.Ordinal);
        Assert.DoesNotContain("0102701232", cipher, StringComparison.Ordinal);
        Assert.Equal(cpr, _protector.Decrypt(cipher));
    }

    [Fact]
    public void The_lookup_hash_is_stable_and_the_ciphertext_is_not()
    {
        var cpr = Cpr.Parse("0102701232");
        Assert.Equal(_protector.Hash(cpr), _protector.Hash(Cpr.Parse("010270-1232")));
        Assert.NotEqual(_protector.Encrypt(cpr), _protector.Encrypt(cpr));
    }

    [Fact]
    public void Missing_or_short_keys_stop_the_start_with_a_clear_message()
    {
        var missing = Assert.Throws<InvalidOperationException>(() => new CprProtector(new CprKeyOptions()));
        Assert.Contains("Cpr:LookupKey", missing.Message, StringComparison.Ordinal);
        var shortKey = Assert.Throws<InvalidOperationException>(() =>
            new CprProtector(new CprKeyOptions { LookupKey = Convert.ToBase64String(new byte[16]), EncryptionKey = TestApp.EncryptionKey }));
        Assert.Contains("32 byte", shortKey.Message, StringComparison.Ordinal);
    }
}
