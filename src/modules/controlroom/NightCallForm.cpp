#include "modules/controlroom/NightCallForm.h"

#include "engine/shifts/ControlRoomService.h"
#include "modules/registry/RegistryService.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// Full-width digits and dashes from a Chinese input method, spaces and case do not matter.
QString plainCode(const QString& typed)
{
    QString text = typed.normalized(QString::NormalizationForm_KC).toUpper();
    text.replace(u'\u2014', u'-').replace(u'\u2013', u'-');
    text.remove(u' ');
    return text;
}

} // namespace

NightCallForm::NightCallForm(RegistryService& registry, ControlRoomService& controlRoom, QWidget* parent)
    : QGroupBox(tr("Record a call"), parent), m_registry(registry), m_controlRoom(controlRoom),
      m_phone(new QLineEdit(this)), m_unit(new QLineEdit(this)), m_person(new QLineEdit(this)),
      m_description(new QLineEdit(this)), m_record(new QPushButton(tr("&Record call"), this))
{
    setObjectName(u"nightCallForm"_s);
    // One strip above tonight's list: captions, then the fields, then each field's error below it.
    auto* grid = new QGridLayout(this);
    grid->setVerticalSpacing(2);
    grid->setHorizontalSpacing(8);
    int column = 0;
    const auto addField = [&](const QString& caption, QLineEdit* input, const QString& name, const QString& field,
                              int stretch) {
        input->setObjectName(name + u"Edit"_s);
        auto* label = new QLabel(caption, this);
        label->setBuddy(input);
        grid->addWidget(label, 0, column);
        grid->addWidget(input, 1, column);
        QLabel* error = FormErrors::makeLabel(name + u"Error"_s, this);
        grid->addWidget(error, 2, column, Qt::AlignTop);
        grid->setColumnStretch(column, stretch);
        m_errors.bind(field, input, error);
        connect(input, &QLineEdit::returnPressed, this, &NightCallForm::record);
        ++column;
    };
    addField(tr("Caller's &phone"), m_phone, u"callPhone"_s, u"caller_phone"_s, 2);
    m_phone->setPlaceholderText(tr("e.g. 13812345678"));
    addField(tr("&Unit"), m_unit, u"callUnit"_s, u"unit"_s, 2);
    m_unit->setPlaceholderText(tr("3-1-502 or 31502"));
    m_unit->setToolTip(tr("Leave empty when the call is about no unit"));
    addField(tr("Caller's &name"), m_person, u"callPerson"_s, u"person_name"_s, 2);
    addField(tr("&What was said"), m_description, u"callDescription"_s, u"description"_s, 5);
    m_description->setPlaceholderText(tr("e.g. water pipe burst in the bathroom"));
    m_record->setObjectName(u"recordCallButton"_s);
    grid->addWidget(m_record, 1, column);
    QLabel* formError = FormErrors::makeLabel(u"nightCallError"_s, this);
    m_errors.setFallback(formError);
    grid->addWidget(formError, 3, 0, 1, column + 1);
    connect(m_record, &QPushButton::clicked, this, &NightCallForm::record);
}

void NightCallForm::setSession(const Session& session)
{
    if (m_session && m_session->user.id != session.user.id)
        clear(); // nothing half-typed by the previous person stays
    m_session = session;
}

void NightCallForm::clear()
{
    for (QLineEdit* edit : {m_phone, m_unit, m_person, m_description})
        edit->clear();
    m_errors.clear();
}

std::optional<qint64> NightCallForm::unitFromCode()
{
    const QString code = plainCode(m_unit->text());
    if (code.isEmpty())
        return 0;
    auto found = m_registry.search(*m_session, code, 20);
    if (!found) {
        m_errors.show(Error{found.error().code, found.error().message, u"unit"_s});
        return std::nullopt;
    }
    QString compact = code;
    compact.remove(u'-');
    for (const UnitMatch& match : found.value()) {
        const QString unitCode = match.unit.code.toUpper();
        if (unitCode == code || (!code.contains(u'-') && QString(unitCode).remove(u'-') == compact))
            return match.unit.id;
    }
    m_errors.show(
        Error{u"call.unit"_s, tr("There is no unit %1 in the registry. Write it like 3-1-502.").arg(code), u"unit"_s});
    return std::nullopt;
}

void NightCallForm::record()
{
    if (!m_session)
        return;
    m_errors.clear();
    const std::optional<qint64> unit = unitFromCode();
    if (!unit)
        return;
    auto call =
        m_controlRoom.recordCall(*m_session, NewCall{m_phone->text(), *unit, m_person->text(), m_description->text()});
    if (!call) {
        m_errors.show(call.error());
        return;
    }
    clear();
    m_phone->setFocus(Qt::OtherFocusReason);
    emit recorded(call.value());
}

} // namespace fd
