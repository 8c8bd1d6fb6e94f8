using Vc2.Platform.Data;
using Vc2.Platform.Security;

namespace Vc2.Money.Registers;

/// <summary>The one place an <see cref="ImportRunner"/> is made: each import, decision or clean-up gets a runner of
/// its own (it holds the lease's owner and the run's state), with what every runner needs.</summary>
public sealed class ImportRunners(Vc2Db db, CprProtector protector, TimeProvider clock, RegisterOptions options)
{
    internal ImportRunner New() => new(db, protector, clock, options);
}
