using System.Collections.Concurrent;

namespace Tandem.Data.Database;

/// <summary>
/// A compiled query (<c>EF.CompileAsyncQuery</c>) kept once per database provider. EF refuses to run a
/// compiled query against a model other than the one it was compiled for, and each provider's context
/// type has its own model; a process that hosts both, as the test suites do, needs one per context type.
/// </summary>
/// <typeparam name="TQuery">The delegate <c>EF.CompileAsyncQuery</c> returns.</typeparam>
public sealed class ProviderCompiledQuery<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConcurrentDictionary<Type, TQuery> byContextType = new();

    /// <summary>The query compiled for <paramref name="db"/>'s provider, compiling it on first use.</summary>
    public TQuery For(TandemDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return byContextType.GetOrAdd(db.GetType(), static (_, compile) => compile(), compile);
    }
}
