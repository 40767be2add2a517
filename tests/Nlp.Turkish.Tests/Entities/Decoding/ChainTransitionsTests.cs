using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Tests.Entities;

/// <summary>A stage's transitions refuse weights that do not fit the labels and temperatures that cannot calibrate.</summary>
public class ChainTransitionsTests
{
    private const int N = EntityLabels.Count;

    [TestCase(N * N - 1, N, N)]
    [TestCase(N * N, N - 1, N)]
    [TestCase(N * N, N, N + 1)]
    [TestCase(N, N, N)]
    public void WrongArrayLengths_AreRefused(int transitions, int start, int end)
    {
        var e = Assert.Throws<InvalidDataException>(() => _ = new ChainTransitions(new float[transitions], new float[start], new float[end], 1));
        Assert.That(e!.Message, Does.Contain("do not match the label count"));
    }

    [TestCase(0f)]
    [TestCase(-1f)]
    [TestCase(float.NaN)]
    [TestCase(float.PositiveInfinity)]
    [TestCase(float.NegativeInfinity)]
    public void TemperaturesThatAreNotPositiveFiniteNumbers_AreRefused(float temperature)
    {
        var e = Assert.Throws<InvalidDataException>(() => _ = new ChainTransitions(new float[N * N], new float[N], new float[N], temperature));
        Assert.That(e!.Message, Does.Contain("Invalid calibration temperature"));
    }

    [Test]
    public void ASmallPositiveTemperature_IsKept_AndTheConstraintsApplyToCopies()
    {
        var weights = new float[N * N];
        var chain = new ChainTransitions(weights, new float[N], new float[N], 1e-3f);
        Assert.That(chain.Temperature, Is.EqualTo(1e-3f));
        Assert.That(weights, Is.All.Zero, "the caller's array is not changed");
        Assert.That(chain.Transitions.ToArray(), Has.Some.EqualTo(BilouConstraints.Forbidden));
    }
}
