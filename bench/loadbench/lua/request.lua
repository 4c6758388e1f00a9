-- wrk script for the Palabre bench; configured by environment variables, read at load
-- time because wrk decides before init() whether requests are static or built per call.
--
--   BENCH_BODY_FILE  when set: POST this JSON body (Content-Type: application/json)
--   BENCH_NONCE      when the body holds @@UNIQUE@@, each request replaces it with
--                    "<nonce><thread><counter>" spelt in letters, so no two bodies are
--                    equal (both systems may refuse a duplicate body)
--
-- done() prints one line "BENCH_RESULT {json}" that the Python side parses.

local body_file = os.getenv("BENCH_BODY_FILE")
local nonce = os.getenv("BENCH_NONCE") or "x"
local prefix, suffix

if body_file then
   local fh = assert(io.open(body_file, "rb"))
   local template = fh:read("*a")
   fh:close()
   wrk.method = "POST"
   wrk.headers["Content-Type"] = "application/json"
   prefix, suffix = template:match("^(.*)@@UNIQUE@@(.*)$")
   if not prefix then
      wrk.body = template
   end
end

-- Spell n in lowercase letters: a duplicate check that ignores digits still sees a new body.
local function letters(n)
   local out = ""
   repeat
      out = string.char(97 + n % 26) .. out
      n = math.floor(n / 26)
   until n == 0
   return out
end

local thread_index = 0

function setup(thread)
   thread_index = thread_index + 1
   thread:set("thread_tag", letters(thread_index))
end

if prefix then
   local counter = 0
   function request()
      counter = counter + 1
      local unique = nonce .. thread_tag .. "q" .. letters(counter)
      return wrk.format(nil, nil, nil, prefix .. unique .. suffix)
   end
end

function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      'BENCH_RESULT {"requests": %d, "duration_us": %d, "bytes": %d, ' ..
      '"connect_errors": %d, "read_errors": %d, "write_errors": %d, ' ..
      '"status_errors": %d, "timeouts": %d, "p50_us": %d, "p90_us": %d, ' ..
      '"p99_us": %d, "max_us": %d, "mean_us": %.1f}\n',
      summary.requests, summary.duration, summary.bytes,
      e.connect, e.read, e.write, e.status, e.timeout,
      latency:percentile(50), latency:percentile(90), latency:percentile(99),
      latency.max, latency.mean))
end
