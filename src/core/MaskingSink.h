#pragma once

#include <spdlog/sinks/base_sink.h>

#include <mutex>
#include <vector>

namespace fd {

// A spdlog sink that masks phone and ID numbers in every message before passing it on, so no
// code path can write personal data to a log file by accident.
class MaskingSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    explicit MaskingSink(std::vector<spdlog::sink_ptr> targets);

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override;
    void flush_() override;

private:
    std::vector<spdlog::sink_ptr> m_targets;
};

} // namespace fd
