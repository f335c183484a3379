namespace Tandem.BrowserTests.PageWeight;

/// <summary>The script one page load brought into the browser.</summary>
/// <param name="Files">Script files fetched, with the bytes each took on the wire (compressed, as sent).</param>
/// <param name="InlineBytes">UTF-8 bytes of executable script written into the HTML itself.</param>
internal sealed record ScriptWeight(IReadOnlyList<(string Url, long Bytes)> Files, long InlineBytes)
{
    public long TotalBytes => Files.Sum(file => file.Bytes) + InlineBytes;

    public override string ToString() =>
        $"{TotalBytes:N0} bytes of script: {Files.Count} files ({Files.Sum(file => file.Bytes):N0} bytes " +
        $"transferred), {InlineBytes:N0} bytes inline" +
        string.Concat(Files.Select(file => $"\n  {file.Bytes,8:N0}  {file.Url}"));
}
