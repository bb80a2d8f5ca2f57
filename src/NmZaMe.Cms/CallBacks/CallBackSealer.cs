using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace NmZaMe.Cms.CallBacks;

/// <summary>What identifies the person who asked for a call; only ever stored sealed.</summary>
public sealed record CallBackContact(string Contact, string? FirstName, string? Reachable, string? Note);

/// <summary>
/// Seals the personal part of a call-back request with AES-256-GCM under a key kept outside the database (configuration,
/// or a file in the data directory for a single node), so a copy of the database alone reveals nothing readable. The
/// request's key is the associated data, so a sealed value moved to another row fails to open.
/// Layout: version (1 byte) | nonce (12) | tag (16) | ciphertext.
/// </summary>
public sealed class CallBackSealer
{
    private const byte Version = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    public CallBackSealer(byte[] key)
    {
        if (key.Length != 32)
        {
            throw new ArgumentException("The call-back key must be 32 bytes.", nameof(key));
        }

        _key = key;
    }

    public byte[] Seal(Guid requestKey, CallBackContact contact)
    {
        var plain = JsonSerializer.SerializeToUtf8Bytes(contact);
        var output = new byte[1 + NonceSize + TagSize + plain.Length];
        output[0] = Version;
        var nonce = output.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(1 + NonceSize + TagSize), output.AsSpan(1 + NonceSize, TagSize), requestKey.ToByteArray());
        CryptographicOperations.ZeroMemory(plain);
        return output;
    }

    /// <summary>The contact, or throws <see cref="CryptographicException"/> when the value was sealed with another key or changed.</summary>
    public CallBackContact Open(Guid requestKey, byte[] sealedValue)
    {
        if (sealedValue.Length < 1 + NonceSize + TagSize || sealedValue[0] != Version)
        {
            throw new CryptographicException("Not a sealed call-back request.");
        }

        var plain = new byte[sealedValue.Length - 1 - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(sealedValue.AsSpan(1, NonceSize), sealedValue.AsSpan(1 + NonceSize + TagSize), sealedValue.AsSpan(1 + NonceSize, TagSize), plain, requestKey.ToByteArray());
        try
        {
            return JsonSerializer.Deserialize<CallBackContact>(plain) ?? throw new CryptographicException("Empty call-back request.");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    /// <summary>Reads the configured key; throws at start-up when it is set but is not base64 of 32 bytes.</summary>
    public static byte[]? ConfiguredKey(CallBackOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.EncryptionKey))
        {
            return null;
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(options.EncryptionKey.Trim());
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException("NmZaMe:CallBack:EncryptionKey must be base64 of 32 random bytes (e.g. `openssl rand -base64 32`).", e);
        }

        return key.Length == 32 ? key : throw new InvalidOperationException("NmZaMe:CallBack:EncryptionKey must be base64 of exactly 32 bytes.");
    }

    /// <summary>The configured key, else the one in <c>{dataDirectory}/keys/callback.key</c> (made on first use, readable by this user only).</summary>
    public static CallBackSealer Create(CallBackOptions options, string dataDirectory, bool severalNodes, ILogger logger)
    {
        if (ConfiguredKey(options) is { } configured)
        {
            return new CallBackSealer(configured);
        }

        if (severalNodes)
        {
            logger.LogWarning("NmZaMe:CallBack:EncryptionKey is not set: call-back requests are sealed with a key in this node's data directory, which other nodes cannot read. Give every node the same key.");
        }

        var folder = Path.Combine(dataDirectory, "keys");
        var path = Path.Combine(folder, "callback.key");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(folder);
            var fresh = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            try
            {
                var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                using var stream = new FileStream(path, create);
                using var writer = new StreamWriter(stream);
                writer.Write(fresh);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another start made it meanwhile; use that one.
            }

            logger.LogInformation("Made a key for call-back requests in {Path}; set NmZaMe:CallBack:EncryptionKey in production", path);
        }

        return new CallBackSealer(ConfiguredKey(new CallBackOptions { EncryptionKey = File.ReadAllText(path) })!);
    }
}
