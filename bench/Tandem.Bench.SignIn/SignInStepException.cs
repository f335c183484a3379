namespace Tandem.Bench.SignIn;

/// <summary>A hop of the sign-in answered something other than what a working server answers.</summary>
internal sealed class SignInStepException : Exception
{
    public SignInStepException()
    {
    }

    public SignInStepException(string message)
        : base(message)
    {
    }

    public SignInStepException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
