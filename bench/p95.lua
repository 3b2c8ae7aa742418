-- wrk script: prints the 95th percentile of latency (wrk's --latency stops at 50/75/90/99) and the non-2xx count.
done = function(summary, latency, requests)
  io.write(string.format("p95 %.2fms\n", latency:percentile(95) / 1000))
end
