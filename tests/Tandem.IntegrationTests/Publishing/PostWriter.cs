using System.Net;
using AngleSharp.Html.Dom;
using Tandem.Testing;

namespace Tandem.IntegrationTests.Publishing;

/// <summary>Writes posts the way an author does, through the web server's editor form.</summary>
public static class PostWriter
{
    /// <summary>Writes a post through /write and returns the address the editor sent the author to.</summary>
    public static async Task<string> WriteAsync(TestBrowser browser, string title, string body)
    {
        using var editor = await browser.GetAsync("/write");
        Assert.Equal(HttpStatusCode.OK, editor.StatusCode);

        using var saved = await browser.SubmitFormAsync(editor, IsEditorForm,
            new Dictionary<string, string> { ["Form.Title"] = title, ["Form.Body"] = body, ["Form.Action"] = "save" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return TestBrowser.RedirectTarget(saved).AbsolutePath;
    }

    public static bool IsEditorForm(IHtmlFormElement form) =>
        form.Elements.Any(e => e.GetAttribute("name") == "Form.Title");
}
