namespace Tandem.Web.Components.Account;

/// <summary>The token page's revoke form: one form round the list, whose pressed button names the token.</summary>
public sealed class RevokeTokenForm
{
    public Guid? Id { get; set; }
}
