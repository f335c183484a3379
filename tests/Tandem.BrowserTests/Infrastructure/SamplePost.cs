namespace Tandem.BrowserTests.Infrastructure;

/// <summary>A post the published site starts with, and who wrote it.</summary>
internal sealed record SamplePost(DevPerson Author, string Title, string Body);
