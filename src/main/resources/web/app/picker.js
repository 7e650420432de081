// The area picker: a combobox (WAI-ARIA 1.2 pattern) whose search ignores case and diacritics.
import { date, fold, t } from './i18n.js';

const SHOWN = 12;

/** When a unit existed: merged units end on 30 June 2025, the units they formed start the next day. */
export function validity(area) {
    if (area.validFrom) return t('since', date(area.validFrom));
    if (area.validTo) return t('until', date(area.validTo));
    return '';
}

export function createPicker(input, list, onPick) {
    let areas = [];
    let shown = [];
    let active = -1;
    // Someone is typing a name: what they typed stays until they pick or leave the box.
    let typing = false;

    const close = () => {
        typing = false;
        list.hidden = true;
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
        active = -1;
    };

    const highlight = (index) => {
        active = index;
        for (const [i, option] of [...list.children].entries()) {
            option.setAttribute('aria-selected', String(i === index));
        }
        if (index >= 0) {
            input.setAttribute('aria-activedescendant', list.children[index].id);
            list.children[index].scrollIntoView({ block: 'nearest' });
        }
    };

    const pick = (area) => {
        input.value = area.name;
        close();
        onPick(area);
    };

    const render = () => {
        const words = fold(input.value).split(/\s+/).filter(Boolean);
        shown = areas.filter((area) => words.every((word) => area.key.includes(word))).slice(0, SHOWN);
        list.replaceChildren(...shown.map((area, i) => {
            const option = document.createElement('li');
            option.id = `area-option-${i}`;
            option.setAttribute('role', 'option');
            option.dataset.code = area.code;
            const name = document.createElement('span');
            name.textContent = area.level === 'NATION' ? `${area.name} (${t('nation')})` : area.name;
            const when = document.createElement('small');
            when.textContent = validity(area);
            option.append(name, ' ', when);
            // mousedown, not click: the input must not lose focus (and close the list) first.
            option.addEventListener('mousedown', (event) => {
                event.preventDefault();
                pick(area);
            });
            return option;
        }));
        if (shown.length === 0) {
            const empty = document.createElement('li');
            empty.className = 'empty';
            empty.textContent = t('noMatch');
            list.append(empty);
        }
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        highlight(shown.length ? 0 : -1);
    };

    input.addEventListener('input', () => {
        typing = true;
        render();
    });
    input.addEventListener('focus', () => input.select());
    input.addEventListener('blur', close);
    input.addEventListener('keydown', (event) => {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            if (list.hidden) render();
            else if (shown.length) {
                const step = event.key === 'ArrowDown' ? 1 : -1;
                highlight((active + step + shown.length) % shown.length);
            }
        } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
            event.preventDefault();
            pick(shown[active]);
        } else if (event.key === 'Escape') {
            close();
        }
    });

    return {
        setAreas(next) {
            areas = next.map((area) => ({ ...area, key: fold(`${area.name} ${area.nameAscii} ${area.code}`) }));
            // Someone who typed before the list arrived sees its matches now.
            if (typing) render();
        },
        /** Names the area shown (or the code asked for, when there is none), unless someone is typing in the box. */
        show(name) {
            if (!typing) input.value = name;
        },
    };
}
