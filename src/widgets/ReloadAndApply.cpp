#include "widgets/ReloadAndApply.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fd {

ReloadAndApply::ReloadAndApply(QPushButton* button, std::function<bool()> reload, std::function<void()> apply,
                               QObject* parent)
    : QObject(parent), m_button(button), m_reload(std::move(reload)), m_apply(std::move(apply))
{
    m_button->hide();
    m_button->setAutoDefault(false);
    connect(m_button, &QPushButton::clicked, this, [this] {
        withdraw();
        if (m_reload())
            m_apply();
    });
}

void ReloadAndApply::offer(const Error& error)
{
    if (!m_button)
        return;
    m_button->setVisible(error.code.endsWith(u".stale"_s));
    // The next key applies it (Space), without a mnemonic that a page's window may already use.
    if (m_button->isVisible())
        m_button->setFocus(Qt::OtherFocusReason);
}

void ReloadAndApply::withdraw()
{
    if (m_button)
        m_button->hide();
}

} // namespace fd
