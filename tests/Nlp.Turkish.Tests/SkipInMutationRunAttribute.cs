using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Nlp.Turkish.Tests;

/// <summary>
/// Leaves a slow test out of mutation runs (<c>tests/mutation/run.sh</c> sets <c>NLP_TURKISH_MUTATION_RUN=1</c>):
/// multi-minute inputs, whole-corpus gates, tests that start processes or build packages. Mutation testing runs the
/// tests that cover each mutant, hundreds of times over; these would make a run take days while the fast unit tests
/// and the regression fixture cover the same code. Everywhere else the test runs as usual.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
internal sealed class SkipInMutationRunAttribute : NUnitAttribute, IApplyToTest
{
    public static bool InMutationRun => Environment.GetEnvironmentVariable("NLP_TURKISH_MUTATION_RUN") == "1";

    public void ApplyToTest(NUnit.Framework.Internal.Test test)
    {
        if (InMutationRun && test.RunState != RunState.NotRunnable)
        {
            test.RunState = RunState.Ignored;
            test.Properties.Set(PropertyNames.SkipReason, "left out of mutation runs (slow; see tests/mutation/README.md)");
        }
    }
}
