package vn.motcua.identity;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What one login costs: every HTTP Basic API request verifies the password once, so this is the
 * floor of an authenticated API call's CPU time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PasswordHashingBenchmark {

	private PasswordEncoder encoder;

	private String hash;

	@Setup
	public void hash() {
		this.encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		this.hash = this.encoder.encode("MotCua@2025");
	}

	@Benchmark
	public boolean verifyPassword() {
		return this.encoder.matches("MotCua@2025", this.hash);
	}

}
