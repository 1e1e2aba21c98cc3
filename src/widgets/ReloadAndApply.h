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

    // The usual `reload`: reads `record` again by its id with `find` (a form's copy of what it edits);
    // false when there is no `find` or it fails.
    template <class Record, class Find> static std::function<bool()> rereading(Record& record, const Find& find)
    {
        return [&record, &find] {
            if (!find)
                return false;
            auto current = find(record.id);
            if (!current)
                return false;
            record = current.value();
            return true;
        };
    }

    // After a refusal: the button shows (and takes the focus) for a record changed elsewhere, and
    // hides for anything else.
    void offer(const Error& error);
    void withdraw();

private:
    QPointer<QPushButton> m_button;
    std::function<bool()> m_reload;
    std::function<void()> m_apply;
};

} // namespace fd
