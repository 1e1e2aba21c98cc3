#pragma once

#include "core/Error.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QPushButton;

namespace fd {

// Issue 16, two desks on one record: when a save is refused because another desk changed the record
// after this form read it (an error whose code ends in ".stale", saying who and when), the form keeps
// its input and this button — "Reload and apply again" — reads the record as it is now and submits
// the same input on it: one action, nothing typed again, nothing overwritten unseen.
class ReloadAndApply : public QObject
{
    Q_OBJECT

public:
    // `reload` reads the record again and gives whether it could; `apply` submits the form again.
    ReloadAndApply(QPushButton* button, std::function<bool()> reload, std::function<void()> apply,
                   QObject* parent = nullptr);

    // After a refusal: the button shows for a record changed elsewhere, and hides for anything else.
    void offer(const Error& error);
    void withdraw();

private:
    QPointer<QPushButton> m_button;
    std::function<bool()> m_reload;
    std::function<void()> m_apply;
};

} // namespace fd
