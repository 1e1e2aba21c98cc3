#include "core/MaskingSink.h"

#include "core/PersonalData.h"

namespace fd {

MaskingSink::MaskingSink(std::vector<spdlog::sink_ptr> targets) : m_targets(std::move(targets)) {}

void MaskingSink::sink_it_(const spdlog::details::log_msg& msg)
{
    const std::string masked = PersonalData::maskText(std::string(msg.payload.data(), msg.payload.size()));
    spdlog::details::log_msg copy(msg);
    copy.payload = spdlog::string_view_t(masked.data(), masked.size());
    for (auto& target : m_targets)
        if (target->should_log(copy.level))
            target->log(copy);
}

void MaskingSink::flush_()
{
    for (auto& target : m_targets)
        target->flush();
}

} // namespace fd
