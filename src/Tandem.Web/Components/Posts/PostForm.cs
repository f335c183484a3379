using System.ComponentModel.DataAnnotations;

namespace Tandem.Web.Components.Posts;

/// <summary>The editor's fields. The API validates again; these checks only save a round trip.</summary>
public sealed class PostForm
{
    [Required(ErrorMessage = "Give the post a title.")]
    [StringLength(200, ErrorMessage = "The title can be at most 200 characters long.")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Write something in the body.")]
    public string? Body { get; set; }

    /// <summary>Which button was pressed: "preview" shows the rendered post, anything else saves.</summary>
    public string? Action { get; set; }
}
