// The check-in form of the visitors page (R-VS-1, R-VS-2): every field reachable by Alt+letter.
#include "modules/visitors/VisitorsPage.h"

#include "modules/Services.h"
#include "modules/registry/UnitPickerWidget.h"
#include "modules/visitors/VisitorInstructionsWidget.h"
#include "modules/visitors/VisitorService.h"
#include "widgets/FormEdits.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

QWidget* VisitorsPage::buildForm()
{
    auto* box = new QWidget(this);
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 6, 0);
    grid->setVerticalSpacing(3);
    grid->setColumnStretch(1, 1);
    grid->addWidget(heading(tr("Check in a visitor"), box), 0, 0, 1, 2);
    const auto addRow = [&](const QString& caption, QWidget* input, const QString& field, const QString& name) {
        const int row = grid->rowCount();
        auto* label = new QLabel(caption, box);
        // QLabel moves the cursor only to a buddy that takes focus itself: a compound field's proxy.
        label->setBuddy(input->focusProxy() ? input->focusProxy() : input);
        grid->addWidget(label, row, 0, Qt::AlignTop);
        grid->addWidget(input, row, 1);
        if (!field.isEmpty())
            grid->addWidget(m_errors.add(field, input, name + u"Error"_s, box), row + 1, 1);
    };

    m_name = new QLineEdit(box);
    m_name->setObjectName(u"visitorName"_s);
    m_name->setPlaceholderText(tr("Name; past visitors are suggested"));
    m_name->installEventFilter(this);
    addRow(tr("V&isitor"), m_name, u"name"_s, u"visitorName"_s);
    m_suggestions = new QListWidget(box);
    m_suggestions->setObjectName(u"visitorSuggestions"_s);
    m_suggestions->setMaximumHeight(m_suggestions->fontMetrics().lineSpacing() * 4 + 10);
    m_suggestions->hide();
    grid->addWidget(m_suggestions, grid->rowCount(), 1);

    m_phone = new QLineEdit(box);
    m_phone->setObjectName(u"visitorPhone"_s);
    m_phone->setPlaceholderText(tr("optional, e.g. 13812345678"));
    m_phone->installEventFilter(this);
    addRow(tr("P&hone"), m_phone, u"phone"_s, u"visitorPhone"_s);

    m_party = new QSpinBox(box);
    m_party->setObjectName(u"visitorParty"_s);
    m_party->setRange(1, 99);
    addRow(tr("Pe&ople"), m_party, u"party_size"_s, u"visitorParty"_s);

    m_unit = new UnitPickerWidget(m_services.registry, box);
    m_unit->setObjectName(u"visitorUnit"_s);
    addRow(tr("&Unit visited"), m_unit, u"unit"_s, u"visitorUnit"_s);
    m_errors.bind(u"unit"_s, m_unit->edit(), box->findChild<QLabel*>(u"visitorUnitError"_s));

    m_host = new QComboBox(box);
    m_host->setObjectName(u"visitorHost"_s);
    m_host->setEditable(true);
    m_host->setInsertPolicy(QComboBox::NoInsert);
    addRow(tr("&Resident"), m_host, {}, {});

    m_instructions = new VisitorInstructionsWidget(m_visitors, m_services.clock, box);
    grid->addWidget(m_instructions, grid->rowCount(), 1);

    m_purpose = new QLineEdit(box);
    m_purpose->setObjectName(u"visitorPurpose"_s);
    addRow(tr("Pur&pose"), m_purpose, u"purpose"_s, u"visitorPurpose"_s);
    m_plate = new QLineEdit(box);
    m_plate->setObjectName(u"visitorPlate"_s);
    m_plate->setPlaceholderText(tr("optional"));
    addRow(tr("Pla&te"), m_plate, {}, {});

    auto* answerLine = new QWidget(box);
    auto* answers = new QVBoxLayout(answerLine);
    answers->setContentsMargins(0, 0, 0, 0);
    m_confirmation = new QButtonGroup(this);
    const QList<std::pair<VisitConfirmation, QString>> names{{VisitConfirmation::Phone, tr("Confirme&d by phone")},
                                                             {VisitConfirmation::PreArranged, tr("Pre-&arranged")},
                                                             {VisitConfirmation::Refused, tr("Refu&sed")}};
    for (const auto& [c, name] : names) {
        auto* radio = new QRadioButton(name, answerLine);
        radio->setObjectName(u"visitorAnswer_"_s + VisitorService::confirmationKey(c));
        m_confirmation->addButton(radio, static_cast<int>(c));
        answers->addWidget(radio);
    }
    m_confirmation->button(static_cast<int>(VisitConfirmation::Phone))->setChecked(true);
    addRow(tr("Resident says"), answerLine, {}, {});

    m_reason = new QLineEdit(box);
    m_reason->setObjectName(u"visitorReason"_s);
    m_reason->setPlaceholderText(tr("Why the visit was refused"));
    addRow(tr("Reaso&n"), m_reason, u"refusal_reason"_s, u"visitorReason"_s);
    grid->setRowStretch(grid->rowCount(), 1);

    auto* buttons = new QHBoxLayout;
    auto* fallback = FormErrors::makeLabel(u"visitorFormError"_s, box);
    m_errors.setFallback(fallback);
    buttons->addWidget(fallback, 1);
    auto* clear = new QPushButton(tr("Clear (Esc)"), box);
    m_checkIn = new QPushButton(tr("&Check in (Ctrl+S)"), box);
    m_checkIn->setObjectName(u"visitorCheckIn"_s);
    m_checkIn->setDefault(true);
    buttons->addWidget(clear);
    buttons->addWidget(m_checkIn);
    grid->addLayout(buttons, grid->rowCount(), 0, 1, 2);

    connect(m_checkIn, &QPushButton::clicked, this, &VisitorsPage::checkIn);
    connect(clear, &QPushButton::clicked, this, &VisitorsPage::clearForm);
    connect(m_unit, &UnitPickerWidget::unitChanged, this, &VisitorsPage::unitChanged);
    connect(m_name, &QLineEdit::textEdited, m_suggestTimer, qOverload<>(&QTimer::start));
    connect(m_phone, &QLineEdit::textEdited, m_suggestTimer, qOverload<>(&QTimer::start));
    connect(m_suggestions, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { takeSuggestion(m_suggestions->row(item)); });
    connect(m_confirmation, &QButtonGroup::idToggled, this, &VisitorsPage::updateConfirmation);
    updateConfirmation();
    // "… checked in" was about the visitor before: typing the next one takes it away.
    FormEdits::watch(box, this, [this] { say({}); });
    return box;
}

} // namespace fd
