using System.Net;
using NmZaMe.Cms.Webhooks;

namespace NmZaMe.Cms.Tests.Webhooks;

public sealed class SafeTargetsTests
{
    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.0.9")]
    [InlineData("10.20.30.40")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.254")]
    [InlineData("192.168.0.10")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.255")]
    [InlineData("224.0.0.251")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("fe80::1")]
    [InlineData("ff02::1")]
    public void Loopback_link_local_private_and_multicast_addresses_are_refused(string address) =>
        Assert.False(new SafeTargets(new WebhookOptions()).IsAllowed(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("::ffff:8.8.8.8")]
    public void Public_addresses_are_allowed(string address) =>
        Assert.True(new SafeTargets(new WebhookOptions()).IsAllowed(IPAddress.Parse(address)));

    [Fact]
    public void Networks_an_administrator_allows_are_allowed_and_nothing_else()
    {
        var targets = new SafeTargets(new WebhookOptions { AllowedNetworks = ["127.0.0.0/8", "10.1.2.0/24"] });

        Assert.True(targets.IsAllowed(IPAddress.Parse("127.0.0.1")));
        Assert.True(targets.IsAllowed(IPAddress.Parse("::ffff:127.0.0.1")));
        Assert.True(targets.IsAllowed(IPAddress.Parse("10.1.2.200")));
        Assert.False(targets.IsAllowed(IPAddress.Parse("10.1.3.1")));
        Assert.False(targets.IsAllowed(IPAddress.Parse("::1")));
    }

    [Fact]
    public void The_signature_is_the_hex_hmac_sha256_of_the_body_with_the_secret()
    {
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), the RFC 4231-style reference value.
        Assert.Equal("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
            WebhookDelivery.Sign("key", System.Text.Encoding.UTF8.GetBytes("The quick brown fox jumps over the lazy dog")));
    }
}
