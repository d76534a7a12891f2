"""Blind batch 7c conversations: everything the build writes, plus per-conversation facts for the README.

GROOMING and BENIGN are lists of eval.corpus_writer.Conversation. EVASION names the evasion class used
inside a grooming chat (conversations without evasion are absent). SUSPECT_PROFILE says how each suspect
presents (newcomer / long-time member / staff role; stated age).
"""

from __future__ import annotations

import benign_en
import benign_multi
import grooming_en
import grooming_multi

GROOMING = grooming_en.CONVS + grooming_multi.CONVS
BENIGN = benign_en.CONVS + benign_multi.CONVS

EVASION = {
    "g7c01_dc_dm_farmgame_mechanic": "Snapchat handle given bare ('mine is rob.wrench5'), 🤐 for secrecy",
    "g7c03_dc_group_art_helper_private_thread": "🤫 emoji with the private-thread move",
    "g7c05_tg_group_asl_fast": "'asl?' shorthand, 📸 and 👻 emoji for photo and Snapchat",
    "g7c10_dc_dm_obby_robux_video": "video request framed as proof ('gotta see ur real')",
    "g7c12_dc_group_vc_cam": "leetspeak 'c@m'",
    "g7c13_tg_dm_spelled_number_green_app": "phone number in words ('five five five, oh one'), WhatsApp as 'the app "
                                           "with the green phone icon', Snapchat as 'the yellow ghost one'",
    "g7c15_dc_thread_event_host_contest": "photo request framed as prize verification; handle after @",
    "g7c16_it_tg_dm_vbucks_foto": "📸 emoji",
    "g7c17_es_dc_dm_freefire_diamantes": "📸 emoji, Mexican slang",
    "g7c20_pt_dc_group_zap_pv": "'pv'/'zap' slang, number partly in words ('cinco cinco ...')",
    "g7c23_fr_dc_dm_snap_age_back": "leetspeak 'sn@p'",
    "g7c26_ru_dc_group_telega_skiny": "spaced letters 'т е л е г у', handle after @",
}

SUSPECT_PROFILE = {
    "g7c01_dc_dm_farmgame_mechanic": "new account, states 31",
    "g7c02_tg_dm_fishing_giftcard": "stranger, states 24 late",
    "g7c03_dc_group_art_helper_private_thread": "Helper role, two years in the server, no age",
    "g7c04_dc_private_thread_mod_ticket": "Moderator role, three years, no age",
    "g7c05_tg_group_asl_fast": "joined minutes ago, states 18",
    "g7c06_dc_thread_teen_poser_two_girls": "new account wearing 13-15, states 15",
    "g7c07_tg_dm_model_scout_testshots": "stranger posing as an agency, no age",
    "g7c08_dc_dm_pic_for_pic_extortion": "4-day-old account, poses as a 15-year-old girl",
    "g7c09_tg_thread_anime_child_cues": "newcomer, states 22",
    "g7c10_dc_dm_obby_robux_video": "account over three years old, states 17",
    "g7c11_tg_dm_skatepark_bus_fare": "stranger, states 27",
    "g7c12_dc_group_vc_cam": "day-old account, no age",
    "g7c13_tg_dm_spelled_number_green_app": "stranger, states 16",
    "g7c14_dc_dm_horsegame_age_number": "new account, states 34",
    "g7c15_dc_thread_event_host_contest": "Event Host role, two years, no age",
    "g7c16_it_tg_dm_vbucks_foto": "stranger, states 26",
    "g7c17_es_dc_dm_freefire_diamantes": "new account, states 29",
    "g7c18_es_tg_group_recoger_insti": "newcomer, no age",
    "g7c19_pt_tg_dm_agencia_modelo": "stranger posing as an agency, no age",
    "g7c20_pt_dc_group_zap_pv": "newcomer, states 25",
    "g7c21_de_dc_private_thread_helfer_foto": "Helfer role, almost two years, no age",
    "g7c22_de_tg_dm_erpressung": "stranger posing as a 16-year-old girl",
    "g7c23_fr_dc_dm_snap_age_back": "new account, states 16 then 19",
    "g7c24_fr_tg_group_camera": "newcomer, states 15",
    "g7c25_ru_tg_dm_foto_vstrecha": "stranger, states 27",
    "g7c26_ru_dc_group_telega_skiny": "day-old account, no age",
    "g7c27_tg_dm_child_offers_snap_in_bed": "stranger, states 25",
}
